error_catalog::include_error_catalog!("tencent_gme");

fn main() {
    let _ = error_catalog::code!(TencentGmeError, "AV_ERR_TIMEOUTT");
}
