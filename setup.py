"""Only what pyproject.toml cannot say: the files under resources/ go into the package.

A wheel carries resources/locale (the visit summary's catalogs) and resources/fonts (if any) as
frontdesk/resources/..., beside the code, where frontdesk/resource_dirs.py finds them with
importlib.resources in every install layout (a virtual environment, pip install --user,
--target). Adding a language is adding its folder under resources/locale: nothing to list here.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

PACKAGED_RESOURCES = ("locale", "fonts")


class BuildPyWithResources(build_py):
    def run(self):
        super().run()
        if getattr(self, "editable_mode", False):  # an editable install reads the checkout
            return
        for name in PACKAGED_RESOURCES:
            source = Path("resources") / name
            if source.is_dir():
                target = Path(self.build_lib) / "frontdesk" / "resources" / name
                shutil.copytree(source, target, dirs_exist_ok=True)


setup(cmdclass={"build_py": BuildPyWithResources})
