//! A TCP proxy on loopback for tests of a database that goes away: it forwards connections to
//! the database until cut, then drops every connection and refuses new ones, as a database
//! that went away would, until restored. Shared by the store's and the server's tests.
#![allow(dead_code)] // Each test file uses a different part of it.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

pub struct TcpProxy {
    /// `database_url` with the proxy in place of the database's host and port.
    pub url: String,
    up: Arc<AtomicBool>,
    links: Arc<Mutex<Vec<tokio::task::JoinHandle<()>>>>,
}

impl TcpProxy {
    /// A proxy to the PostgreSQL server of `database_url`.
    pub async fn start(database_url: &str) -> TcpProxy {
        let target = {
            let options: sqlx::postgres::PgConnectOptions = database_url.parse().unwrap();
            format!("{}:{}", options.get_host(), options.get_port())
        };
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        let url = database_url.replacen(&target, &address.to_string(), 1);
        assert_ne!(url, database_url, "the proxy replaces the host in the URL");
        let up = Arc::new(AtomicBool::new(true));
        let links = Arc::new(Mutex::new(Vec::new()));
        let (accepting, linked) = (up.clone(), links.clone());
        tokio::spawn(async move {
            while let Ok((mut client, _)) = listener.accept().await {
                if !accepting.load(Ordering::SeqCst) {
                    continue;
                }
                let target = target.clone();
                linked.lock().unwrap().push(tokio::spawn(async move {
                    if let Ok(mut server) = tokio::net::TcpStream::connect(&target).await {
                        let _ = tokio::io::copy_bidirectional(&mut client, &mut server).await;
                    }
                }));
            }
        });
        TcpProxy { url, up, links }
    }

    pub fn cut(&self) {
        self.up.store(false, Ordering::SeqCst);
        for link in self.links.lock().unwrap().drain(..) {
            link.abort();
        }
    }

    pub fn restore(&self) {
        self.up.store(true, Ordering::SeqCst);
    }
}
