//! `config/ws-server.service` passes `systemd-analyze verify` (Debian's systemd) with
//! the real `ws-server` binary in place of `/usr/local/bin/ws-server` (the one line
//! changed: verify insists that the executable exists), and it keeps its hardening.

use std::process::Command;

use crate::support;

const UNIT: &str = include_str!("../../../../config/ws-server.service");
const INSTALLED_BIN: &str = "/usr/local/bin/ws-server";

#[test]
fn the_systemd_unit_verifies_and_is_hardened() {
    for option in [
        "NoNewPrivileges=yes",
        "DynamicUser=yes",
        "ProtectSystem=strict",
        "CapabilityBoundingSet=\n",
        "SystemCallFilter=@system-service",
        "MemoryDenyWriteExecute=yes",
        "StateDirectory=ws-server",
    ] {
        assert!(UNIT.contains(option), "the unit lost {option:?}");
    }
    assert_eq!(
        UNIT.matches(INSTALLED_BIN).count(),
        2,
        "ExecStart and the comment"
    );

    let Some(analyze) = support::program("systemd-analyze") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let unit = dir.path().join("ws-server.service");
    let bin = env!("CARGO_BIN_EXE_ws-server");
    let exec = format!("ExecStart={INSTALLED_BIN} ");
    std::fs::write(&unit, UNIT.replace(&exec, &format!("ExecStart={bin} "))).unwrap();
    let out = Command::new(analyze)
        .arg("verify")
        .arg(&unit)
        .output()
        .unwrap();
    assert!(
        out.status.success() && out.stderr.is_empty(),
        "systemd-analyze verify: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
