// Server entry of the calendar context: local days, weekdays and their bounds in a time zone. All of
// it is pure, so it is the client entry as it stands.
export * from "./client";
