mod vendors {
    error_catalog::include_error_catalog!("ucloud_usms");
}

fn main() {
    let _ = error_catalog::code!(crate::vendors::UcloudUsmsError, 18031);
}
