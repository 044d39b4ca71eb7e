#!/usr/bin/env python3
"""Writes a large, valid secret policy for trying the editor on huge files.

    tools/generate-large-policy.py                 # 20,000 statements (about 7.7 MB) to stdout
    tools/generate-large-policy.py -n 4000 -o big.json

The text is deterministic: the same count gives the same bytes. Each statement names a role
and an account, two actions, a resource and a stage condition, the shape of the policies that
made the editor hang (tests/views/tst_largefile.cpp opens the same shape, generated in C++).
"""

import argparse
import sys


def statement(i: int) -> str:
    account = 100000000000 + (i * 7919) % 900000000000
    effect = "Deny" if i % 10 == 9 else "Allow"
    return (
        "    {\n"
        f'      "Sid": "Statement{i}",\n'
        f'      "Effect": "{effect}",\n'
        '      "Principal": {"AWS": ['
        f'"arn:aws:iam::123456789012:role/app-{i}-reader", '
        f'"arn:aws:iam::{account:012d}:role/deploy-{i}"]}},\n'
        '      "Action": ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"],\n'
        '      "Resource": "*",\n'
        '      "Condition": {"StringEquals": {"secretsmanager:VersionStage": "AWSCURRENT"}}\n'
        "    }"
    )


def policy(count: int) -> str:
    body = ",\n".join(statement(i) for i in range(count))
    return '{\n  "Version": "2012-10-17",\n  "Statement": [\n' + body + "\n  ]\n}\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--statements", type=int, default=20000,
                        help="how many statements (default 20,000)")
    parser.add_argument("-o", "--output", help="the file to write (default: stdout)")
    args = parser.parse_args()
    if args.statements < 1:
        parser.error("--statements must be at least 1")
    text = policy(args.statements)
    if args.output:
        with open(args.output, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
