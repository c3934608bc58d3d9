"""Appointments against a real Synapse: one made offline on one side, answered on the
other with the command-line client, converging on both; a plain Matrix client reading the
room over raw HTTP sees a message for the new, the changed and the cancelled appointment;
everything is on the server exactly once, and answers changed offline only as the last."""

from __future__ import annotations

import io
import json
import secrets
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from client.agenda import Draft, to_utc
from client.models import Appointment, AppointmentAnswer
from client.reads import appointments as reads
from devkit import sample, sampleappointments
from devkit import seed as demo_seed
from devkit.devserver import DevServer
from sync import api, appointmentmap, engine
from sync.admin import provision
from tests.homeserver import Client, ClientFactory, CommandLine, MakeUser, make_group, ok, timeline

pytestmark = pytest.mark.e2e

TITLE = "Fallbesprechung <b>Jugendhilfe</b>"


def _plain_client_messages(server: DevServer, token: str, room: str) -> list[dict[str, Any]]:
    """The room's events as any Matrix client reads them: GET /messages, nothing of ours."""
    response = httpx.get(
        f"{server.base_url}/_matrix/client/v3/rooms/{room}/messages",
        params={"dir": "b", "limit": "100"},
        headers={"Authorization": f"Bearer {token}"},
    )
    response.raise_for_status()
    chunk: list[dict[str, Any]] = response.json()["chunk"]
    return list(reversed(chunk))


def _appointment(client: Client, appointment_id: str) -> Appointment:
    with client.connected.replica.session() as session:
        found = session.get(Appointment, appointment_id)
        assert found is not None
        session.expunge(found)
        return found


def test_an_appointment_made_offline_is_answered_elsewhere_and_reaches_everyone(
    server: DevServer,
    make_user: MakeUser,
    client_factory: ClientFactory,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    anke, bernd = make_user("anke"), make_user("bernd")
    room = make_group(server, anke, bernd)
    a = client_factory(anke)
    a.sync()

    # Made without a connection: in the replica and the outbox only.
    start = to_utc(datetime(2031, 3, 4, 9, 30), "Europe/Berlin")
    end = to_utc(datetime(2031, 3, 4, 11, 0), "Europe/Berlin")
    draft = Draft(
        TITLE,
        start,
        end,
        timezone="Europe/Berlin",
        place="Raum 2.14",
        link="https://meet.example/x",
    )
    made = a.commands.create_appointment(room, draft)
    appointment_id = str(made.created)
    assert made.outbox and _appointment(a, appointment_id).pending
    assert [e.kind for e in a.outbox()] == ["appointment"]
    a.sync()
    assert not _appointment(a, appointment_id).pending
    assert a.outbox() == []

    # Bernd, with the command-line client: sees it, answers, syncs.
    monkeypatch.setenv("TREFFPUNKT_PASSWORD", bernd.password)
    cli = CommandLine(tmp_path / "bernd", capsys)
    assert cli("login", "--server", server.base_url, "--user", bernd.user_id)[0] == 0
    assert cli("sync", "--once")[0] == 0
    code, out = cli("appointments", "--json")
    assert code == 0
    [seen] = json.loads(out)
    assert seen["id"] == appointment_id and seen["title"] == TITLE
    assert seen["start"] == "2031-03-04T09:30:00+01:00" and seen["timezone"] == "Europe/Berlin"
    assert seen["organiser"] == anke.user_id and seen["revision"] == 1
    assert cli("rsvp", appointment_id, "maybe", "--comment", "erst ab 10 Uhr")[0] == 0
    assert cli("rsvp", appointment_id, "yes", "--comment", "komme doch")[0] == 0
    assert cli("sync", "--once")[0] == 0

    # Anke gets his newest answer, named.
    a.sync()
    [item] = reads.agenda(a.connected.replica, datetime(2030, 1, 1)).upcoming
    assert [(x.user_id, x.answer, x.comment) for x in item.answers] == [
        (bernd.user_id, "yes", "komme doch")
    ]
    assert item.count("yes") == 1 and item.names("yes") == [item.answers[0].name]

    # She moves it, then cancels it; both reach Bernd.
    later = Draft(
        TITLE,
        to_utc(datetime(2031, 3, 5, 14, 0), "Europe/Berlin"),
        to_utc(datetime(2031, 3, 5, 15, 0), "Europe/Berlin"),
        timezone="Europe/Berlin",
        place="Raum 3.01",
    )
    a.commands.change_appointment(appointment_id, later)
    a.sync()
    assert cli("sync", "--once")[0] == 0
    [moved] = json.loads(cli("appointments", "--json")[1])
    assert moved["start"] == "2031-03-05T14:00:00+01:00" and moved["revision"] == 2
    assert moved["counts"] == {"yes": 1, "no": 0, "maybe": 0}
    a.commands.cancel_appointment(appointment_id)
    a.sync()
    assert cli("sync", "--once")[0] == 0
    [cancelled] = json.loads(cli("appointments", "--json")[1])
    assert cancelled["cancelled"] is True and cancelled["revision"] == 3
    assert not _appointment(a, appointment_id).pending

    # What a plain client sees: one readable message per revision, with the title as text.
    events = _plain_client_messages(server, bernd.access_token, room)
    texts = [
        e["content"]["body"]
        for e in events
        if e["type"] == "m.room.message" and e["content"].get("msgtype") == "m.notice"
    ]
    assert len(texts) == 3
    assert TITLE in texts[0] and "2031-03-04 09:30 - 11:00 (Europe/Berlin)" in texts[0]
    assert "Raum 2.14" in texts[0] and "https://meet.example/x" in texts[0]
    assert "changed" in texts[1] and "2031-03-05 14:00 - 15:00" in texts[1]
    assert "cancelled" in texts[2]
    # Exactly once: three revisions of the state, and one answer (the first never left
    # Bernd's machine: the second replaced it in the outbox).
    states = [e for e in events if e["type"] == "app.treffpunkt.appointment"]
    assert [e["content"]["revision"] for e in states] == [1, 2, 3]
    answers = [e["content"]["answer"] for e in events if e["type"] == "app.treffpunkt.rsvp"]
    assert answers == ["yes"]
    # Notices: the server counts none of them as unread, so no group badge stays lit.
    with server.transport(bernd.access_token) as http:
        seen = ok(http.execute(api.sync(filter=engine.SYNC_FILTER))).joined[room]
    assert seen.unread == api.UnreadCounts(0, 0)
    # The announcements are not posts in Treffpunkt.
    assert a.messages(room) == []
    with a.connected.replica.session() as session:
        assert session.get(AppointmentAnswer, (room, appointment_id, bernd.user_id)) is not None


def test_the_demo_seed_makes_the_sample_appointments_once(
    synapse: DevServer, tmp_path: Path
) -> None:
    data = sample.generate()
    # A small group with one appointment (resources/sample/appointments.json).
    [group] = [g for g in data.groups if g.key == "schuldhulp"]
    members = tuple(data.people_by_id[m] for m in group.members if m in data.people_by_id)
    orgs = {p.organisation_key for p in members} | set(group.organisations)
    tiny = replace(
        data,
        organisations=tuple(o for o in data.organisations if o.key in orgs),
        people=members,
        groups=(replace(group, members=tuple(p.user_id for p in members)),),
        messages=(),
        documents=(),
        people_by_id={p.user_id: p for p in members},
    )
    admin = synapse.register_user(f"seeder-{secrets.token_hex(3)}", "pw", admin=True)
    progress = tmp_path / "progress.jsonl"

    def seed() -> demo_seed.SeedReport:
        with synapse.transport(admin.access_token) as http:
            prov = provision.Provisioner(http, admin.user_id, out=io.StringIO())
            return demo_seed.seed_demo(
                prov, tiny, progress, appservice_token=synapse.appservice_token, today=date.today()
            )

    first = seed()
    assert not first.problems
    [(state, answers)] = sampleappointments.appointments(
        demo_seed._rehome(tiny, synapse.server_name).groups, date.today()
    )
    assert first.events == 1 + len(answers)  # the text for other clients and each answer
    assert seed().events == 0
    room = first.rooms.groups[group.key]
    events = timeline(synapse, admin.access_token, room)
    [made] = [e for e in events if e.type == appointmentmap.APPOINTMENT_STATE]
    assert made.state_key == state.id and made.sender == state.organiser
    assert state.draft is not None and made.content["title"] == state.draft.title
    [text] = [e for e in events if e.type == "m.room.message"]
    assert state.draft.title in text.content["body"]
    rsvps = [(e.sender, e.content["answer"]) for e in events if e.type == appointmentmap.RSVP_EVENT]
    assert rsvps == [(a.user_id, a.answer) for a in answers]
