// public modules
pub mod lexer;
pub mod parser;
pub mod token;
pub mod types;
pub mod utils;
