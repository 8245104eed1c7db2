use clap::Parser;
use tandem_server::config::{Cli, Command, UserCommand};
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() {
    let cli = Cli::parse();
    let args = cli.serve;
    tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::try_new(&args.log).unwrap_or_else(|_| EnvFilter::new("info")))
        .init();
    let result = match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(args).await,
        Command::User(UserCommand::Create { email, name, admin }) => {
            create_user(args, email, name, admin).await
        }
        Command::MigrateStore { from, to } => migrate_store(&from, to.expose()).await,
    };
    if let Err(error) = result {
        eprintln!("tandem: {error:#}");
        std::process::exit(1);
    }
}

async fn serve(args: tandem_server::config::ServeArgs) -> anyhow::Result<()> {
    let state = tandem_server::build_state(&args).await?;
    let address = format!("{}:{}", args.host, args.port);
    let listener = tokio::net::TcpListener::bind(&address)
        .await
        .map_err(|e| anyhow::anyhow!("cannot listen on {address}: {e}"))?;
    let local = listener.local_addr()?;
    tracing::info!(data_dir = %args.data_dir.display(), "tandem listening on http://{local}");
    // A line that scripts (and the tests) read to learn the port when started with --port 0.
    println!("listening on http://{local}");
    tandem_server::serve(listener, state, tandem_server::shutdown_signal()).await
}

async fn create_user(
    args: tandem_server::config::ServeArgs,
    email: String,
    name: String,
    admin: bool,
) -> anyhow::Result<()> {
    let mut password = String::new();
    std::io::stdin().read_line(&mut password)?;
    let password = password.trim_end_matches(['\r', '\n']).to_owned();
    let state = tandem_server::build_state(&args).await?;
    let user = tandem_server::api::create_account(&state, &email, &name, password, admin)
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    state.rooms.store().close().await;
    println!(
        "created {}account {} <{}>",
        if user.is_admin { "administrator " } else { "" },
        user.name,
        user.email
    );
    Ok(())
}

/// `tandem migrate-store`: copies with a progress bar per table, then prints the verification.
async fn migrate_store(from: &str, to: &str) -> anyhow::Result<()> {
    use indicatif::{ProgressBar, ProgressStyle};
    let path = std::path::Path::new(from.strip_prefix("sqlite://").unwrap_or(from));
    if !(to.starts_with("postgres://") || to.starts_with("postgresql://")) {
        anyhow::bail!("--to must be a postgres:// URL");
    }
    let style = ProgressStyle::with_template("{msg:>14} [{bar:40}] {pos}/{len}")?.progress_chars("=> ");
    let mut current: Option<(String, ProgressBar)> = None;
    let report = tandem_store::migrate::sqlite_to_postgres(path, to, |progress| {
        if current.as_ref().is_none_or(|(table, _)| table != progress.table) {
            if let Some((_, bar)) = current.take() {
                bar.finish();
            }
            let bar = ProgressBar::new(progress.total).with_style(style.clone());
            bar.set_message(progress.table.to_owned());
            current = Some((progress.table.to_owned(), bar));
        }
        if let Some((_, bar)) = &current {
            bar.set_position(progress.copied);
        }
    })
    .await
    .map_err(|e| anyhow::anyhow!("migration failed, PostgreSQL left as it was: {e}"))?;
    if let Some((_, bar)) = current.take() {
        bar.finish();
    }
    println!("{:<14} {:>10} {:>10}", "table", "sqlite", "postgres");
    for (table, source, target) in &report.tables {
        println!("{table:<14} {source:>10} {target:>10}");
    }
    if let Some((table, ..)) = report.tables.iter().find(|(_, source, target)| source != target) {
        anyhow::bail!("verification failed: {table} has a different number of rows in PostgreSQL");
    }
    println!(
        "verified: every table has the same number of rows, and {} documents read back identical",
        report.documents_verified
    );
    Ok(())
}
