mod test_mdeterm;
mod test_minverse;
mod test_multinomial;
mod test_munit;
mod test_seriessum;
mod test_sumproduct;
