use clap::Parser;
use roundtable::cli::{self, Cli, CliError};

fn main() -> std::process::ExitCode {
    // Before the runtime starts any thread.
    roundtable::memory::configure();
    run()
}

#[actix_web::main]
async fn run() -> std::process::ExitCode {
    match cli::run(Cli::parse()).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(CliError::Config(e)) => {
            eprintln!("roundtable: {e}");
            std::process::ExitCode::from(2)
        }
        Err(CliError::Other(m)) => {
            eprintln!("roundtable: {m}");
            std::process::ExitCode::from(1)
        }
    }
}
