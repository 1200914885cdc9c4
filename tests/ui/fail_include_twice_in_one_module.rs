// Two includes of one enum name in one module: the second one is rejected. (In two modules,
// both work: tests/downstream/vendor.)
error_catalog::include_error_catalog!("tencent_vms");
error_catalog::include_error_catalog!("tencent_vms");

fn main() {}
