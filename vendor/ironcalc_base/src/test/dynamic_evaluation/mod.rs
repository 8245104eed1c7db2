mod test_evaluation_order;
mod test_randarray;
mod test_wrong_order;
