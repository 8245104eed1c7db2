mod test_bessel;
mod test_bit_operations;
mod test_complex;
mod test_convert;
mod test_misc;
mod test_number_basis;
