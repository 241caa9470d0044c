"""Shared helpers of the detector tests: what a text's places, employers, roles and levels read as."""

from extract.context import find_employers, find_locations, find_roles, find_seniority


def places(text: str) -> list[str]:
    """The value of every place found in ``text``."""
    return [m.value for m in find_locations(text)]


def employers(text: str) -> list[str]:
    """The value of every employer found in ``text``."""
    return [m.value for m in find_employers(text)]


def roles(text: str) -> list[tuple[str, str]]:
    """(text, role) of every role found in ``text``."""
    return [(m.text, m.value) for m in find_roles(text)]


def role_values(text: str) -> list[str]:
    """The role of every role mention in ``text``."""
    return [m.value for m in find_roles(text)]


def levels(text: str) -> list[tuple[str, str]]:
    """(text, seniority) of every seniority mention in ``text``."""
    return [(m.text, m.value) for m in find_seniority(text)]
