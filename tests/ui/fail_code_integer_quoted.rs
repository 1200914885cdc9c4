error_catalog::include_error_catalog!("tencent_gme");

fn main() {
    // An integer code in quotes, and a negative code that is not in the catalog: the error
    // covers the sign too.
    let _ = error_catalog::code!(TencentGmeError, "1005");
    let _ = error_catalog::code!(TencentGmeError, -1005);
}
