error_catalog::include_error_catalog!();

fn main() {}
