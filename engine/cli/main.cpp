// secret-policy: the command-line front end. Dispatches to one file per subcommand.
#include <cstdio>
#include <cstring>

int main(int argc, char **argv)
{
    if (argc > 1 && std::strcmp(argv[1], "--version") == 0) {
        std::printf("secret-policy %s\n", SPS_VERSION);
        return 0;
    }
    std::fprintf(stderr, "usage: secret-policy <command> [options]\n");
    return 2;
}
