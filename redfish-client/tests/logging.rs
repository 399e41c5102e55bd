//! Secrets never reach the logs: runs alone in its own process so that a global tracing
//! subscriber sees every event.

mod common;

use common::{builder, rack};

#[tokio::test]
async fn credentials_and_tokens_stay_out_of_logs() {
    use std::io::Write;
    use std::sync::{Arc, Mutex};
    #[derive(Clone, Default)]
    struct Buf(Arc<Mutex<Vec<u8>>>);
    impl Write for Buf {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(b);
            Ok(b.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let buf = Buf::default();
    let writer = buf.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .finish();
    // Global (this file is its own process): callsites everywhere see the subscriber.
    tracing::subscriber::set_global_default(subscriber).unwrap();

    let emu = rack().await;
    let client = builder(&emu).build().unwrap();
    client.login().await.unwrap();
    emu.expire_sessions();
    client
        .service_root()
        .await
        .unwrap()
        .systems()
        .unwrap()
        .collect()
        .await
        .unwrap();
    let dbg = format!("{client:?}");
    client.logout().await.unwrap();
    let logs = String::from_utf8(buf.0.lock().unwrap().clone()).unwrap();
    assert!(logs.contains("redfish request"), "tracing is on: {logs}");
    assert!(!logs.contains("admin-password"));
    assert!(!logs.to_lowercase().contains("x-auth-token"));
    assert!(!dbg.contains("admin-password"));
}
