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
