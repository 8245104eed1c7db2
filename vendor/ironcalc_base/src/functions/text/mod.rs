mod arraytotext;
mod byte_functions;
mod char_code;
mod common;
mod regex_functions;
mod string_format;
mod textsplit;
mod util;
