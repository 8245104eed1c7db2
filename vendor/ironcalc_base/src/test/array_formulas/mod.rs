mod test_array_insert_delete;
mod test_arrays_formulas;
mod test_copy_paste;
mod test_dynamic_arrays;
mod test_whole_column_row_reference;
