package uk.beacon.reports.format;

/** A note in the named recipients' copy of the triage: which authority it is about ("Carrick Fell (953)"), and the note. */
public record RestrictedNote(String authority, NoteLine note) {
}
