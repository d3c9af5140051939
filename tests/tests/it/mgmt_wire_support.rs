//! Support for the `mgmt_grpc` tests: one real server and a client for each wire
//! format ZITADEL serves (tonic gRPC over h2c, tonic-web gRPC-web over HTTP/1.1,
//! Connect binary and Connect JSON), every answer as protojson and every error as
//! its Connect code name and ZITADEL message, so the formats compare directly.

use std::str::FromStr;

use axum::http::uri::PathAndQuery;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use prost::Message;
use prost_reflect::{DescriptorPool, DynamicMessage, MethodDescriptor, SerializeOptions};
use reqwest::StatusCode;
use serde_json::{Value, json};
use tonic::client::{Grpc, GrpcService};
use tonic::transport::Channel;
use tonic_web::GrpcWebClientService;
use ws_identity::management::{DynamicCodec, descriptors};
use ws_tests::TestServer;

pub(crate) const USERS: &str = "zitadel.user.v2.UserService";
pub(crate) const ORGS: &str = "zitadel.org.v2.OrganizationService";
pub(crate) const PROJECTS: &str = "zitadel.project.v2.ProjectService";
pub(crate) const AUTHZ: &str = "zitadel.authorization.v2.AuthorizationService";
pub(crate) const ADMINS: &str = "zitadel.internal_permission.v2.InternalPermissionService";

/// The wire formats under test; Connect JSON is the reference answer.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Wire {
    Grpc,
    GrpcWeb,
    ConnectProto,
    ConnectJson,
}

pub(crate) const BINARY: [Wire; 3] = [Wire::Grpc, Wire::GrpcWeb, Wire::ConnectProto];

/// A ZITADEL error as every transport reports it: the Connect code name
/// (`not_found`; gRPC codes are converted) and the message with its error id.
#[derive(Debug, PartialEq)]
pub(crate) struct Failure {
    pub(crate) code: String,
    pub(crate) message: String,
}

/// One server and a client for each wire format.
pub(crate) struct Clients {
    pub(crate) server: TestServer,
    pool: DescriptorPool,
    pub(crate) channel: Channel,
}

impl Clients {
    pub(crate) async fn start() -> Self {
        let server = TestServer::start_demo().await;
        let channel = Channel::from_shared(server.base_url.clone())
            .unwrap()
            .connect()
            .await
            .expect("an h2c connection to the server");
        Self {
            server,
            pool: descriptors(),
            channel,
        }
    }

    pub(crate) fn method(&self, service: &str, method: &str) -> MethodDescriptor {
        let service = self.pool.get_service_by_name(service).expect(service);
        service
            .methods()
            .find(|m| m.name() == method)
            .expect(method)
    }

    /// One call with the admin's PAT.
    pub(crate) async fn call(
        &self,
        wire: Wire,
        service: &str,
        method: &str,
        body: Value,
    ) -> Result<Value, Failure> {
        let token = self.server.admin_pat.clone();
        self.call_as(wire, Some(&token), service, method, body)
            .await
    }

    pub(crate) async fn call_as(
        &self,
        wire: Wire,
        token: Option<&str>,
        service: &str,
        method: &str,
        body: Value,
    ) -> Result<Value, Failure> {
        let path = format!("/{service}/{method}");
        match wire {
            Wire::ConnectJson => self.connect_json(token, &path, body).await,
            Wire::ConnectProto => {
                self.connect_proto(token, &path, self.method(service, method), body)
                    .await
            }
            Wire::Grpc => {
                grpc(
                    self.channel.clone(),
                    token,
                    &path,
                    self.method(service, method),
                    body,
                )
                .await
            }
            Wire::GrpcWeb => {
                let http = Client::builder(TokioExecutor::new()).build_http();
                let origin = self.server.base_url.parse().unwrap();
                let client = Grpc::with_origin(GrpcWebClientService::new(http), origin);
                unary(client, token, &path, self.method(service, method), body).await
            }
        }
    }

    async fn connect_json(
        &self,
        token: Option<&str>,
        path: &str,
        body: Value,
    ) -> Result<Value, Failure> {
        let mut request = self.server.client().post(self.server.url(path)).json(&body);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        let response = request
            .header("connect-protocol-version", "1")
            .send()
            .await
            .unwrap();
        let status = response.status();
        let answer: Value = response.json().await.unwrap();
        if status == StatusCode::OK {
            Ok(answer)
        } else {
            Err(connect_failure(&answer))
        }
    }

    async fn connect_proto(
        &self,
        token: Option<&str>,
        path: &str,
        method: MethodDescriptor,
        body: Value,
    ) -> Result<Value, Failure> {
        let message = DynamicMessage::deserialize(method.input(), body).unwrap();
        let mut request = self
            .server
            .client()
            .post(self.server.url(path))
            .header("content-type", "application/proto")
            .header("connect-protocol-version", "1")
            .body(message.encode_to_vec());
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        let response = request.send().await.unwrap();
        let status = response.status();
        let content_type = response.headers()["content-type"]
            .to_str()
            .unwrap()
            .to_owned();
        let bytes = response.bytes().await.unwrap();
        if status != StatusCode::OK {
            // Connect errors are JSON whatever the request's codec.
            assert_eq!(content_type, "application/json", "{status}");
            return Err(connect_failure(&serde_json::from_slice(&bytes).unwrap()));
        }
        assert_eq!(content_type, "application/proto");
        Ok(json_of(
            &DynamicMessage::decode(method.output(), bytes).unwrap(),
        ))
    }
}

pub(crate) async fn grpc(
    channel: Channel,
    token: Option<&str>,
    path: &str,
    method: MethodDescriptor,
    body: Value,
) -> Result<Value, Failure> {
    unary(Grpc::new(channel), token, path, method, body).await
}

/// One unary call with tonic's client over any transport service.
async fn unary<T>(
    mut client: Grpc<T>,
    token: Option<&str>,
    path: &str,
    method: MethodDescriptor,
    body: Value,
) -> Result<Value, Failure>
where
    T: GrpcService<tonic::body::Body>,
    T::ResponseBody: http_body::Body<Data = bytes::Bytes> + Send + 'static,
    <T::ResponseBody as http_body::Body>::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
    T::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    let message = DynamicMessage::deserialize(method.input(), body).unwrap();
    let mut request = tonic::Request::new(message);
    if let Some(token) = token {
        let value = format!("Bearer {token}").parse().unwrap();
        request.metadata_mut().insert("authorization", value);
    }
    client
        .ready()
        .await
        .map_err(Into::into)
        .expect("the server accepts calls");
    let codec = DynamicCodec::new(method.output());
    match client
        .unary(request, PathAndQuery::from_str(path).unwrap(), codec)
        .await
    {
        Ok(response) => Ok(json_of(response.get_ref())),
        Err(status) => Err(Failure {
            code: snake(&format!("{:?}", status.code())),
            message: status.message().to_owned(),
        }),
    }
}

/// A decoded message as protojson, the form the Connect JSON answer has.
fn json_of(message: &DynamicMessage) -> Value {
    message
        .serialize_with_options(serde_json::value::Serializer, &SerializeOptions::new())
        .unwrap()
}

fn connect_failure(body: &Value) -> Failure {
    Failure {
        code: body["code"].as_str().unwrap().to_owned(),
        message: body["message"].as_str().unwrap().to_owned(),
    }
}

/// `NotFound` → `not_found`, the Connect name of a gRPC code.
fn snake(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

pub(crate) fn human(org: &str, username: &str) -> Value {
    json!({"organizationId": org, "username": username,
        "human": {"profile": {"givenName": "Ada", "familyName": "Lovelace"},
                  "email": {"email": format!("{username}@example.com"), "isVerified": true}}})
}

impl Clients {
    /// The same call over `wire` and over Connect JSON gives the same answer.
    pub(crate) async fn same(&self, wire: Wire, service: &str, method: &str, body: Value) -> Value {
        let got = self.call(wire, service, method, body.clone()).await;
        let reference = self.call(Wire::ConnectJson, service, method, body).await;
        assert_eq!(got, reference, "{wire:?} {method}");
        got.unwrap()
    }

    pub(crate) async fn new_org(&self, name: &str) -> String {
        let org = self
            .call(
                Wire::ConnectJson,
                ORGS,
                "AddOrganization",
                json!({"name": name}),
            )
            .await;
        org.unwrap()["organizationId"].as_str().unwrap().to_owned()
    }
}
