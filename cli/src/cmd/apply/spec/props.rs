//! Property tests of the tenant file of `ws apply`: any text is a tenant or an
//! "invalid tenant file" error, never a panic; any generated tenant, written as YAML or
//! as JSON, reads back with the same organizations, projects, roles, grants and users;
//! and a misspelt key anywhere in it is refused by name.

use proptest::prelude::*;
use serde_json::{Value, json};

use super::{RoleSpec, Tenant};

fn name() -> impl Strategy<Value = String> {
    prop_oneof!["[A-Za-z][A-Za-z0-9 ._-]{0,12}", "\\PC{1,12}"]
}

fn role() -> impl Strategy<Value = Value> {
    prop_oneof![
        "[a-z][a-z_.]{0,8}".prop_map(Value::from),
        ("[a-z][a-z_.]{0,8}", proptest::option::of(name()), proptest::option::of(name())).prop_map(
            |(key, display_name, group)| json!({"key": key, "display_name": display_name, "group": group})
        ),
    ]
}

fn project() -> impl Strategy<Value = Value> {
    (
        name(),
        prop::collection::vec(role(), 0..4),
        prop::collection::vec((name(), prop::collection::vec("[a-z]{1,6}", 0..3)), 0..3),
    )
        .prop_map(|(name, roles, grants)| {
            let grants: Vec<Value> = grants
                .into_iter()
                .map(|(org, roles)| json!({"org": org, "roles": roles}))
                .collect();
            json!({"name": name, "roles": roles, "grants": grants})
        })
}

fn user() -> impl Strategy<Value = Value> {
    ("[a-z]{1,8}", "[a-z]{1,8}@[a-z]{1,6}\\.example", name())
        .prop_map(|(u, email, given)| json!({"username": u, "email": email, "given_name": given}))
}

fn tenant() -> impl Strategy<Value = Value> {
    prop::collection::vec(
        (
            name(),
            prop::collection::vec(project(), 0..3),
            prop::collection::vec(user(), 0..3),
        )
            .prop_map(|(name, projects, users)| json!({"name": name, "projects": projects, "users": users})),
        0..4,
    )
    .prop_map(|orgs| json!({ "orgs": orgs }))
}

/// The tenant as the JSON it was generated from, to compare with the generator's.
fn as_json(t: &Tenant) -> Value {
    let orgs: Vec<Value> = t
        .orgs
        .iter()
        .map(|o| {
            let projects: Vec<Value> =
                o.projects
                    .iter()
                    .map(|p| {
                        let roles: Vec<Value> = p
                        .roles
                        .iter()
                        .map(|r| match r {
                            RoleSpec::Key(k) => Value::from(k.clone()),
                            RoleSpec::Full { key, display_name, group } => {
                                json!({"key": key, "display_name": display_name, "group": group})
                            }
                        })
                        .collect();
                        let grants: Vec<Value> = p
                            .grants
                            .iter()
                            .map(|g| json!({"org": g.org, "roles": g.roles}))
                            .collect();
                        json!({"name": p.name, "roles": roles, "grants": grants})
                    })
                    .collect();
            json!({"name": o.name, "projects": projects, "users": o.users})
        })
        .collect();
    json!({ "orgs": orgs })
}

/// Every object of `v` with the path of keys leading to it, for planting a typo.
fn objects(v: &Value, out: &mut Vec<Vec<String>>, path: Vec<String>) {
    match v {
        Value::Object(m) => {
            out.push(path.clone());
            for (k, child) in m {
                let mut p = path.clone();
                p.push(k.clone());
                objects(child, out, p);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                let mut p = path.clone();
                p.push(i.to_string());
                objects(child, out, p);
            }
        }
        _ => {}
    }
}

fn at<'a>(v: &'a mut Value, path: &[String]) -> &'a mut Value {
    path.iter().fold(v, |v, k| match v {
        Value::Array(items) => &mut items[k.parse::<usize>().unwrap()],
        other => &mut other[k.as_str()],
    })
}

proptest! {
    #[test]
    fn any_text_is_a_tenant_or_an_invalid_tenant_file_error(
        text in prop_oneof![
            "\\PC{0,200}",
            "(orgs:|  - name: x|    projects:|      - name: p|    users: \\[\\]|  \\{|\\]|: )*"
        ],
    ) {
        if let Err(e) = Tenant::parse(&text) {
            prop_assert!(e.to_string().starts_with("invalid tenant file: "), "{}", e);
        }
    }

    #[test]
    fn a_generated_tenant_reads_back_the_same(t in tenant(), json_form in any::<bool>()) {
        let text = match json_form {
            true => serde_json::to_string_pretty(&t).unwrap(),
            false => serde_norway::to_string(&t).unwrap(),
        };
        let parsed = Tenant::parse(&text).map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        prop_assert_eq!(as_json(&parsed), t);
    }

    #[test]
    fn a_misspelt_key_is_refused_by_name(t in tenant(), pick in any::<prop::sample::Index>()) {
        let mut t = t;
        let mut found = Vec::new();
        objects(&t, &mut found, Vec::new());
        // Users are free-form rows (checked by `ws users import`), roles untagged.
        found.retain(|p| !p.iter().any(|k| k == "users" || k == "roles"));
        let path = &found[pick.index(found.len())];
        at(&mut t, path)["zz_typo"] = json!(1);
        let text = serde_norway::to_string(&t).unwrap();
        let e = Tenant::parse(&text).unwrap_err().to_string();
        prop_assert!(e.contains("zz_typo"), "{}\n{}", e, text);
    }
}
