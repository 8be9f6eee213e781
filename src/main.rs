fn main() -> std::process::ExitCode {
    seqera::cli::main()
}
