"""`paperterm import DIR`: a saved e-paper site (a `wget -r` mirror) is read offline as fetch reads it."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from paperterm.cli import main
from tests.sites.mirror import PAPERS, golden, write_mirror
from tests.sites.others import SITES, golden_name
from tests.sites.saved_as import SAVED_AS
from tests.tmux_harness import PAPERTERM, user_env


def import_mirror(
    tmp_path: Path, user: Path, library: Path
) -> tuple[subprocess.CompletedProcess[str], str | None]:
    """`paperterm import MIRROR -o FILE`, run as a user runs it; what it wrote, if anything."""
    out = tmp_path / "issue.yaml"
    done = subprocess.run(
        [PAPERTERM, "import", str(tmp_path / "mirror"), "-o", str(out)],
        env=user_env(user, library),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    return done, out.read_text(encoding="utf-8") if out.exists() else None


@pytest.mark.parametrize("system", sorted(PAPERS))
def test_the_real_command_imports_a_saved_mirror_to_its_golden_issue(
    system: str, tmp_path: Path, isolated_user: Path, library: Path
) -> None:
    paper_id, host_path, mirror = PAPERS[system]
    write_mirror(tmp_path / "mirror", mirror(), host_path)
    done, written = import_mirror(tmp_path, isolated_user, library)
    assert done.returncode == 0, done.stderr
    assert written == golden(system)
    assert f"paper_id: {paper_id}\n" in golden(system)  # told by the folders wget names after the site


def test_a_saved_site_and_a_pdf_are_imported_apart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, host_path, mirror = PAPERS["founder-classic"]
    write_mirror(tmp_path / "mirror", mirror(), host_path)
    pdf = tmp_path / "page.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    assert main(["import", str(tmp_path / "mirror"), str(pdf)]) == 2
    assert "import them apart" in capsys.readouterr().err


@pytest.mark.parametrize("site", sorted(SITES))
def test_the_real_command_reads_a_site_no_profile_knows_to_its_golden_issue(
    site: str, tmp_path: Path, isolated_user: Path, library: Path
) -> None:
    paper, host_path, build = SITES[site]
    write_mirror(tmp_path / "mirror", build(), host_path)
    done, written = import_mirror(tmp_path, isolated_user, library)
    assert (done.returncode, done.stderr) == (0, ""), done.stderr
    assert written == golden(golden_name(site))
    assert f"paper: {paper}\n" in golden(golden_name(site))  # the name the pages print


def test_a_folder_that_is_no_e_paper_site_is_one_line(
    tmp_path: Path, isolated_user: Path, library: Path
) -> None:
    folder = tmp_path / "saved"
    folder.mkdir()
    (folder / "index.html").write_text("<html><title>我的主页</title><p>欢迎</p></html>", encoding="utf-8")
    done = subprocess.run(
        [PAPERTERM, "import", str(folder)],
        env=user_env(isolated_user, library),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and done.stderr.startswith(f"paperterm: {folder}: no page of a known")
    assert done.stdout == ""


def _import(folder: Path, out: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str | None]:
    code = main(["import", str(folder), "-o", str(out)])
    return code, capsys.readouterr().err, out.read_text(encoding="utf-8") if out.exists() else None


@pytest.mark.parametrize("way", sorted(SAVED_AS))
@pytest.mark.parametrize("system", sorted(PAPERS))
def test_a_site_saved_any_common_way_imports_to_its_golden_issue(
    system: str, way: str, tmp_path: Path, isolated_user: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, host_path, mirror = PAPERS[system]
    folder = SAVED_AS[way](tmp_path / "saved", mirror(), host_path)
    code, err, written = _import(tmp_path / "saved", tmp_path / "issue.yaml", capsys)
    assert code == 0, err
    assert written == golden(system), folder


@pytest.mark.parametrize("way", sorted(SAVED_AS))
@pytest.mark.parametrize("site", sorted(SITES))
def test_a_site_no_profile_knows_saved_any_common_way_imports_to_its_golden_issue(
    site: str, way: str, tmp_path: Path, isolated_user: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, host_path, build = SITES[site]
    SAVED_AS[way](tmp_path / "saved", build(), host_path)
    code, err, written = _import(tmp_path / "saved", tmp_path / "issue.yaml", capsys)
    assert (code, err) == (0, "")
    assert written == golden(golden_name(site))
