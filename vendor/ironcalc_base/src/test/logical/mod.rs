mod test_fn_if_array;
mod test_fn_iferror_array;
