// secret-policy: the command-line front end. Only turns argv into strings and dispatches; each
// subcommand lives in its own file (commands.h).
#include "cli/commands.h"

#include <exception>
#include <iostream>

int main(int argc, char **argv)
{
    std::ios::sync_with_stdio(false);
    try {
        const engine::cli::Args args(argv + (argc > 0 ? 1 : 0), argv + argc);
        return engine::cli::run(args, std::cin, std::cout, std::cerr);
    } catch (const std::exception &e) {
        std::cout.flush();
        std::cerr << "secret-policy: internal error: " << e.what() << '\n';
        return engine::cli::ExitFailure;
    }
}
