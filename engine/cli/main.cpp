// secret-policy: the command-line front end. Only turns argv into strings and dispatches; each
// subcommand lives in its own file (commands.h). Standard output goes through FdOutputBuffer so
// that a failed write (full disk, closed pipe) is noticed and reported (output.h).
#include "cli/commands.h"
#include "cli/output.h"

#include <exception>
#include <iostream>

#include <unistd.h>

int main(int argc, char **argv)
{
    std::ios::sync_with_stdio(false);
    engine::cli::FdOutputBuffer buffer(STDOUT_FILENO);
    std::ostream out(&buffer);
    try {
        const engine::cli::Args args(argv + (argc > 0 ? 1 : 0), argv + argc);
        return engine::cli::run(args, std::cin, out, std::cerr);
    } catch (const std::exception &e) {
        out.flush();
        std::cerr << "secret-policy: internal error: " << e.what() << '\n';
        return engine::cli::ExitFailure;
    }
}
