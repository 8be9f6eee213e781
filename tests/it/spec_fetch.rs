//! scripts/test's spec download keeps a file only when its sha256 is the pinned one (checked here with a
//! local file: this machine reaches no network).

use sha2::Digest;

fn fetch(url: &str, sha: &str, dest: &std::path::Path) -> std::process::Output {
    std::process::Command::new("node")
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/fetch-spec.mjs"))
        .args([url, sha, &dest.display().to_string()])
        .output()
        .expect("node runs (scripts/test needs Node.js 20)")
}

#[test]
fn the_spec_download_keeps_only_a_file_with_the_pinned_sha256() {
    let dir = tempfile::tempdir().expect("temp dir");
    let source = dir.path().join("spec.yaml");
    std::fs::write(&source, "openapi: 3.0.1\n").expect("write");
    let sha = format!("{:x}", sha2::Sha256::digest(b"openapi: 3.0.1\n"));
    let dest = dir.path().join("cache/seqera-api.yaml");
    let url = format!("file://{}", source.display());

    let wrong = fetch(&url, &"0".repeat(64), &dest);
    assert_eq!(wrong.status.code(), Some(2), "{wrong:?}");
    assert!(String::from_utf8_lossy(&wrong.stderr).contains("not the pinned"), "{wrong:?}");
    assert!(!dest.exists(), "a file with another checksum is not kept");

    let right = fetch(&url, &sha, &dest);
    assert_eq!(right.status.code(), Some(0), "{right:?}");
    assert_eq!(std::fs::read(&dest).expect("kept"), b"openapi: 3.0.1\n");

    let missing = fetch(&format!("file://{}/nothing.yaml", dir.path().display()), &sha, &dir.path().join("other.yaml"));
    assert_eq!(missing.status.code(), Some(1), "{missing:?}");
}

#[test]
fn scripts_test_pins_the_spec_of_the_issue() {
    let script = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/test")).expect("scripts/test");
    assert!(script.contains("SPEC_SHA256=13316c9fe5ff2cda16f9b5076a4a790509a498faa76773ae10297eee6ca3de83"));
    assert!(script.contains("seqeralabs/terraform-provider-seqera/c1534824a3d26e6186ce1444b571f04dc3e8a348/specs/seqera-api-cloud.yaml"));
}
