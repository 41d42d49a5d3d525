//! User actions.
