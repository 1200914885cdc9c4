error_catalog::include_error_catalog!("tencent_smss");

fn main() {}
