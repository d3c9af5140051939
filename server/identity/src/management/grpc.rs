//! gRPC (HTTP/2, cleartext h2c or TLS) and gRPC-web (HTTP/1.1 and 2) for the
//! management services: tonic reads and writes the length-prefixed frames and the
//! status trailers, tonic-web translates gRPC-web; the call itself is the same
//! operation as over Connect, transcoded by [`super::schema`].

use std::convert::Infallible;

use axum::body::Body;
use axum::extract::Request;
use axum::response::Response;
use prost::Message;
use prost_reflect::{DynamicMessage, MessageDescriptor, MethodDescriptor};
use tonic::codec::{Codec, DecodeBuf, Decoder, EncodeBuf, Encoder};
use tonic::server::Grpc;
use tonic::{Status, body::Body as GrpcBody};
use tonic_web::GrpcWebLayer;
use tower::{Layer, ServiceExt, service_fn};

use super::caller::authenticate;
use super::connect::{Target, call};
use super::schema::{Schema, message_json, response_message};
use super::unimplemented;
use super::zerr::{ZError, ZResult};
use crate::IdentityState;

/// Answers one gRPC or gRPC-web call.
pub(crate) async fn handle(
    target: Target,
    schema: Schema,
    state: IdentityState,
    request: Request,
) -> Response {
    let method = schema.method(target.service, &target.method);
    let inner = service_fn(move |req: axum::http::Request<GrpcBody>| {
        let (target, state, method) = (target.clone(), state.clone(), method.clone());
        async move { Ok::<_, Infallible>(unary(target, state, method, req).await) }
    });
    match GrpcWebLayer::new().layer(inner).oneshot(request).await {
        Ok(response) => response.map(Body::new),
        Err(never) => match never {},
    }
}

async fn unary(
    target: Target,
    state: IdentityState,
    method: Option<MethodDescriptor>,
    request: axum::http::Request<GrpcBody>,
) -> axum::http::Response<GrpcBody> {
    let Some(method) = method else {
        return unimplemented(target.service, &target.method)
            .grpc_status()
            .into_http();
    };
    let output = method.output();
    let codec = DynamicCodec::new(method.input());
    let call = service_fn(move |req: tonic::Request<DynamicMessage>| {
        let (target, state, output) = (target.clone(), state.clone(), output.clone());
        async move {
            answer(&state, &target, &output, req)
                .await
                .map(tonic::Response::new)
                .map_err(|e| e.grpc_status())
        }
    });
    Grpc::new(codec).unary(call, request).await
}

async fn answer(
    state: &IdentityState,
    target: &Target,
    output: &MessageDescriptor,
    request: tonic::Request<DynamicMessage>,
) -> ZResult<DynamicMessage> {
    let (metadata, _, message) = request.into_parts();
    let caller = authenticate(state, &metadata.into_headers()).await?;
    let json = message_json(&message)?;
    let answer = call(state, caller, target, json).await?;
    response_message(output, answer)
}

/// A tonic codec for messages known by descriptor only: it encodes any message and
/// decodes the one type it was made for (the request on a server, the response on
/// a client). Public so tests can drive the binary transports with tonic's own
/// client, as a ZITADEL SDK would.
pub struct DynamicCodec {
    decodes: MessageDescriptor,
}

impl DynamicCodec {
    /// A codec that decodes messages of type `decodes`.
    pub fn new(decodes: MessageDescriptor) -> Self {
        Self { decodes }
    }
}

impl Codec for DynamicCodec {
    type Encode = DynamicMessage;
    type Decode = DynamicMessage;
    type Encoder = DynamicEncoder;
    type Decoder = DynamicDecoder;

    fn encoder(&mut self) -> DynamicEncoder {
        DynamicEncoder
    }

    fn decoder(&mut self) -> DynamicDecoder {
        DynamicDecoder(self.decodes.clone())
    }
}

/// Encodes any [`DynamicMessage`].
pub struct DynamicEncoder;

impl Encoder for DynamicEncoder {
    type Item = DynamicMessage;
    type Error = Status;

    fn encode(&mut self, item: DynamicMessage, dst: &mut EncodeBuf<'_>) -> Result<(), Status> {
        item.encode(dst)
            .map_err(|e| ZError::internal(e).grpc_status())
    }
}

/// Decodes messages of one descriptor.
pub struct DynamicDecoder(MessageDescriptor);

impl Decoder for DynamicDecoder {
    type Item = DynamicMessage;
    type Error = Status;

    fn decode(&mut self, src: &mut DecodeBuf<'_>) -> Result<Option<DynamicMessage>, Status> {
        DynamicMessage::decode(self.0.clone(), src)
            .map(Some)
            .map_err(|e| {
                let message = format!("request is not a valid {}: {e}", self.0.full_name());
                ZError::invalid("MGMT-PROTO1", message).grpc_status()
            })
    }
}
