//! The OpenAPI 3.1 document, generated from the route table ([`super::operations`]) and the
//! JSON Schemas the types derive (schemars, draft 2020-12: the dialect OpenAPI 3.1 uses). The
//! record schemas are the same ones the dataset format's schema is generated from, so the API and
//! the file format describe records alike.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use schemars::generate::SchemaSettings;
use serde_json::{Map, Value, json};
use store::Role;

use super::{Operation, operations};

fn status_text(status: u16) -> &'static str {
    match status {
        200 => "OK",
        201 => "Created",
        204 => "No content",
        308 => "The incident was merged; Location names the survivor",
        400 => "The query does not read",
        401 => "Sign in or send an API token",
        403 => "The caller's role may not do this, or a session write lacks its CSRF token",
        404 => "No such record, or none the caller may see",
        409 => "The write clashes with the record as it stands",
        412 => {
            "The record changed since it was read (If-Match is stale); ETag holds the current version"
        }
        422 => "The body does not read or breaks a rule; `field` names the culprit",
        428 => "An update needs If-Match",
        429 => "Too many attempts; wait Retry-After seconds",
        _ => "See the message",
    }
}

/// The path parameters of a path (`{id}` → `id`).
pub fn path_parameters(path: &str) -> Vec<String> {
    path.split('/')
        .filter_map(|segment| segment.strip_prefix('{').and_then(|s| s.strip_suffix('}')))
        .map(str::to_owned)
        .collect()
}

fn operation_object(
    op: &Operation,
    generator: &mut schemars::SchemaGenerator,
    error_schema: &Value,
) -> Value {
    let mut parameters: Vec<Value> = path_parameters(&op.path)
        .into_iter()
        .map(|name| {
            json!({
                "name": name, "in": "path", "required": true,
                "schema": {"type": "string"}
            })
        })
        .collect();
    parameters.extend(op.query.iter().map(|q| {
        json!({
            "name": q.name, "in": "query", "required": false,
            "description": q.description, "schema": {"type": q.kind}
        })
    }));
    if matches!(op.method.as_str(), "PUT") {
        parameters.push(json!({
            "name": "If-Match", "in": "header", "required": true,
            "description": "The ETag of the version being replaced.",
            "schema": {"type": "string"}
        }));
    }
    let mut responses = Map::new();
    let mut success = json!({ "description": status_text(op.status) });
    if let Some(schema) = op.response {
        let schema = Value::from(schema(generator));
        success["content"] = json!({ "application/json": { "schema": schema } });
    } else if op.id == "openapi" {
        success["content"] = json!({ "application/json": { "schema": {"type": "object"} } });
    }
    if op.etag {
        success["headers"] = json!({
            "ETag": {"description": "The record's version.", "schema": {"type": "string"}}
        });
    }
    responses.insert(op.status.to_string(), success);
    for status in op.errors.iter().chain([500u16].iter()) {
        responses.insert(
            status.to_string(),
            json!({
                "description": status_text(*status),
                "content": { "application/json": { "schema": error_schema.clone() } }
            }),
        );
    }
    let mut object = json!({
        "operationId": op.id,
        "summary": op.summary,
        "parameters": parameters,
        "responses": responses,
        "x-crosscheck-role": op.role.as_str(),
    });
    // Reading is open to the public (it sees less); everything else needs a credential.
    object["security"] = if op.role == Role::Public {
        json!([{}, {"bearer": []}, {"session": []}])
    } else {
        json!([{"bearer": []}, {"session": []}])
    };
    if let Some(body) = op.body {
        object["requestBody"] = json!({
            "required": true,
            "content": { "application/json": { "schema": Value::from(body(generator)) } }
        });
    }
    object
}

/// The document, as a JSON value.
pub fn document() -> Value {
    let mut generator = SchemaSettings::draft2020_12()
        .with(|settings| {
            settings.definitions_path = "/components/schemas".into();
            settings.meta_schema = None;
        })
        .into_generator();
    let error_schema = Value::from(generator.subschema_for::<super::wire::ErrorBody>());
    let mut paths: BTreeMap<String, Map<String, Value>> = BTreeMap::new();
    for op in &operations() {
        let object = operation_object(op, &mut generator, &error_schema);
        paths
            .entry(op.path.clone())
            .or_default()
            .insert(op.method.as_str().to_lowercase(), object);
    }
    let schemas = generator.take_definitions(true);
    json!({
        "openapi": "3.1.0",
        "jsonSchemaDialect": "https://json-schema.org/draft/2020-12/schema",
        "info": {
            "title": "crosscheck API",
            "version": env!("CARGO_PKG_VERSION"),
            "summary": "Cross-border incidents on the Afghanistan–Pakistan border (Durand Line), their sources and claims.",
            "description": "Records travel in the shape of the JSON dataset format (docs/data-format.md), redacted for the caller's role. Errors are {\"error\": {\"code\", \"message\", \"field\"}}. Updates need If-Match with the ETag read; a stale one gets 412. See docs/api.md.",
            "license": {"name": "Apache-2.0", "identifier": "Apache-2.0"}
        },
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": {
                "bearer": {"type": "http", "scheme": "bearer", "description": "An API token from `crosscheck token create`."},
                "session": {"type": "apiKey", "in": "cookie", "name": crate::auth::SESSION_COOKIE, "description": "A browser session from /login; writes also need the X-CSRF-Token header."}
            }
        }
    })
}

/// The document as text, built once.
pub fn document_text() -> String {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(|| serde_json::to_string_pretty(&document()).unwrap_or_default())
        .clone()
}
