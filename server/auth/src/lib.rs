//! Bearer-token validation (JWKS cache, introspection), the `Principal` extractor and
//! RBAC. Knows nothing about the identity module: keys come through a `KeySource`.
