//! A short run of every scenario against a Tandem server in this process: the scenarios work
//! end to end and their convergence checks pass. No assertions on how fast.

use tandem_bench::client::Target;
use tandem_bench::scenarios::{cold_load, fanout, idle, rooms, saturation, throughput};

async fn start_server(dir: &std::path::Path) -> (String, tokio::sync::oneshot::Sender<()>) {
    let mut args = tandem_server::config::ServeArgs::from_flags([
        "--host",
        "127.0.0.1",
        "--port",
        "0",
        "--log",
        "warn",
        "--sync-messages-per-sec",
        "0",
        "--sync-bytes-per-sec",
        "0",
    ])
    .unwrap();
    args.data_dir = dir.to_path_buf();
    let state = tandem_server::build_state(&args).await.unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(tandem_server::serve(listener, state, async move {
        let _ = stopped.await;
    }));
    (url, stop)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_scenario_runs_and_converges() {
    let dir = tempfile::tempdir().unwrap();
    let (url, _stop) = start_server(dir.path()).await;
    let url = &Target::tandem(url).sign_up().await.unwrap();

    let report = fanout::run(
        url,
        &fanout::Config {
            readers: 5,
            rate: 200.0,
            seconds: 0.5,
            readers_at: None,
        },
    )
    .await
    .unwrap();
    assert_eq!(report.edits, 100);
    assert_eq!(report.latency.count + report.merged_updates, 5 * 100);
    // Latencies end at the kernel's receipt, not at the generator's read, for (nearly) all;
    // a stamp on another clock than the send's would clamp them to zero.
    assert!(
        report.unstamped * 10 < report.latency.count,
        "{} unstamped",
        report.unstamped
    );
    assert!(report.latency.p50_ms > 0.0);
    assert!(report.latency.p50_ms <= report.read_latency.p50_ms);

    let config = saturation::Config {
        writers: 2,
        steps: vec![500.0, 1000.0],
        seconds_per_step: 0.5,
        p99_limit_ms: 1e9,
    };
    let report = saturation::run(url, &config, |_| {}).await.unwrap();
    assert_eq!(report.steps.len(), 2);
    assert!(report.sustained > 0.0);

    let config = rooms::Config {
        docs: 10,
        clients_per_doc: 3,
        rate_per_doc: 10.0,
        seconds: 0.5,
        server_pid: Some(std::process::id()),
    };
    let report = rooms::run(url, &config).await.unwrap();
    assert_eq!((report.connections, report.edits), (30, 50));
    assert!(report.server_rss_mib.is_some());

    let report = idle::run(
        url,
        &idle::Config {
            connections: 50,
            per_doc: 10,
            server_pid: std::process::id(),
        },
    )
    .await
    .unwrap();
    assert_eq!(report.connections, 50);

    let report = throughput::run(
        url,
        &throughput::Config {
            writers: 2,
            seconds: 0.5,
            window: 64,
        },
    )
    .await
    .unwrap();
    assert!(report.durable_edits > 0);

    let doc = cold_load::fill(url, 500, 20_000).await.unwrap();
    let report = cold_load::open(url, &doc, 500 * 40).await.unwrap();
    assert_eq!(report.characters, 500 * 40);
}
