//! The one error the model raises: a value that cannot be true, explained in a sentence.

/// A value refused by a constructor, with a sentence that says why ("children killed (12) exceed
/// everyone killed (10)"). The caller adds where the value came from (file, line, field).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct ModelError(String);

impl ModelError {
    /// Makes an error from its explanation.
    pub fn new(message: impl Into<String>) -> Self {
        ModelError(message.into())
    }

    /// The explanation.
    pub fn message(&self) -> &str {
        &self.0
    }
}
