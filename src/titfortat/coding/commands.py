"""`titfortat train` and `titfortat eval`: fit the category classifier, score the coder on gold data."""
from __future__ import annotations

import json

import click


@click.command("train")
@click.option("--data", "data", type=click.Path(exists=True),
              help="Your labelled data: PLOVER JSON, PentaClass TSV (sentence<TAB>0-4) or a folder of <label>.txt "
                   "examples. Default: the packaged examples, rebuilding the packaged model.")
@click.option("--format", "fmt", type=click.Choice(["auto", "plover", "penta", "examples", "conll"]), default="auto",
              show_default=True, help="Format of --data.")
@click.option("--out", "out", type=click.Path(dir_okay=False),
              help="Where to write the model (.npz). Required with --data; default without it: the packaged file.")
@click.option("--seed", type=int, help="Seed of the cross-validation split (default: the packaged model's).")
@click.option("--date", "date", help="Date written into the model's metadata (default: today; the packaged "
                                     "model: the version of its examples).")
@click.option("--json", "as_json", is_flag=True, help="Print the training report as JSON.")
def train_cmd(data, fmt, out, seed, date, as_json):
    """Train the category classifier's head on MiniLM sentence embeddings.

    Without --data, rebuild the packaged model from the packaged examples (the same examples give
    the same file, byte for byte). With --data, fit a model on your own labelled sentences and save
    it with --out; select it with --model where a command offers it. A CoNLL file marks actor spans,
    not categories, and is refused. The report gives the k-fold held-out accuracy and the fitted
    calibration temperature.

    \b
    Example:
        titfortat train
        titfortat train --data my_sentences.tsv --out my_model.npz
    """
    from ..cli import CliError
    from ..errors import TitfortatError
    from . import classifier

    kw = {"seed": seed} if seed is not None else {}
    try:
        if data is None:
            if date:
                raise CliError("--date goes with --data: the packaged model takes the version of its examples")
            report = classifier.train_packaged(out, **kw)
        else:
            if not out:
                raise CliError("--data needs --out FILE: the packaged model is rebuilt only from the packaged examples")
            report = classifier.train_file(data, out, fmt=fmt, date=date, **kw)
    except TitfortatError as exc:
        raise CliError(str(exc)) from None
    if as_json:
        click.echo(json.dumps(report.as_dict(), indent=2))
        return
    click.echo(f"{report.n_examples} examples over {len(report.per_label)} labels; "
               f"{classifier.DEFAULT_FOLDS}-fold held-out accuracy {report.cv_accuracy:.3f}, "
               f"macro-F1 {report.cv_macro_f1:.3f}; temperature {report.temperature} "
               f"(calibration error {report.ece_before:.3f} -> {report.ece_after:.3f})")
    click.echo(f"wrote {report.path}")


@click.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["auto", "plover", "penta", "conll", "petr"]), default="auto",
              show_default=True, help="Gold format: PLOVER JSON, PentaClass TSV, CoNLL actor spans, PETRARCH-style "
                                      "JSON Lines records.")
@click.option("--ner", type=click.Path(exists=True, dir_okay=False),
              help="With a PentaClass TSV: the aligned CoNLL file (its text is coded and its actor spans scored).")
@click.option("--actors", "actors", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Your actor dictionary over the packaged one (e.g. a PETRARCH .actors file). Repeatable.")
@click.option("--patterns", "patterns", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Your verb patterns file, over the packaged one. Repeatable.")
@click.option("--json", "json_out", type=click.Path(dir_okay=False), help="Also write every figure to this JSON file.")
def eval_cmd(gold, fmt, ner, actors, patterns, json_out):
    """Score the coder on a gold file and print P/R/F1, a confusion matrix and events per sentence.

    PLOVER JSON: event F1 (category, source and target countries). PentaClass TSV: macro-F1 of the
    class of each sentence's highest-confidence event, and with --ner the actor-span F1. CoNLL:
    actor-span F1. PETRARCH-style records ({id, text, date, expected_events}): dyad+root F1. The
    definitions are those of the reference scorer; the last line printed is the headline.

    \b
    Example:
        titfortat eval ../shared/gold/plover_gsr_cameo.json
        titfortat eval sentences.tsv --ner sentences.conll
        titfortat eval tests/gold/sentences.jsonl --format petr
    """
    from ..cli import CliError, _options
    from ..errors import TitfortatError
    from ..pipeline import Coder
    from .scoring import evaluate_file, format_report

    try:
        coder = Coder(_options(actors, patterns))
        result = evaluate_file(gold, coder, fmt=fmt, ner=ner)
    except (TitfortatError, ValueError) as exc:
        raise CliError(str(exc)) from None
    if json_out:
        with open(json_out, "w", encoding="utf-8") as fh:
            json.dump(result, fh, indent=2)
    click.echo(format_report(result))


COMMANDS = [train_cmd, eval_cmd]
