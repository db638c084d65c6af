"""The parse step as the map step of Apache Spark.

Crosscheck's parser is a pure function of one article, so Spark only has to hand out file paths: each partition's
paths go to the JSONL parse command on its standard input (RDD.pipe), and what the command prints, one
ArticleRecord a line, is the partition's output. The build then starts from those parts:
CROSSCHECK_RECORDS=<out> npm run build.

    python3 scripts/spark/parse_on_spark.py --content content --out /tmp/records [--master local[2]] [--partitions 8]

On a cluster, every worker needs the project (for `npm run --silent parse -- --jsonl`) and the article files at
the same paths (a shared file system), or the command can be changed to read from object storage.
"""
import argparse
import os
import shlex

from pyspark import SparkConf, SparkContext


def article_paths(content: str) -> list[str]:
    """Every article body of a content folder (.txt and .md), absolute, in name order."""
    folder = os.path.abspath(os.path.join(content, "articles"))
    return [os.path.join(folder, n) for n in sorted(os.listdir(folder)) if n.endswith((".txt", ".md"))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--content", required=True, help="the content folder")
    parser.add_argument("--out", required=True, help="folder Spark writes the JSON-line parts to (must not exist)")
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--partitions", type=int, default=4)
    parser.add_argument("--project", default=os.getcwd(), help="the Crosscheck checkout the command runs in")
    args = parser.parse_args()

    people = os.path.abspath(os.path.join(args.content, "people.yaml"))
    command = f"npm run --silent --prefix {shlex.quote(args.project)} parse -- --jsonl"
    if os.path.exists(people):
        command += f" --people {shlex.quote(people)}"

    sc = SparkContext(conf=SparkConf().setMaster(args.master).setAppName("crosscheck-parse"))
    sc.setLogLevel("WARN")
    try:
        paths = sc.parallelize(article_paths(args.content), args.partitions)
        # checkCode: a partition whose parse command exits non-zero (a file it could not parse) fails the job;
        # the command's stderr (one JSON line per failed file) is in the executor's log.
        records = paths.pipe(command, env={"PATH": os.environ["PATH"]}, checkCode=True)
        records.saveAsTextFile(args.out)
    finally:
        sc.stop()


if __name__ == "__main__":
    main()
