mod test_common;
mod test_implicit_intersection;
mod test_language;
mod test_locale;
mod test_ranges;
mod test_spill_operator;
mod test_tables;
mod test_util;
