// What browser code may load from the users context: the role and store rules of an account (the
// admin forms validate with them) and the shapes the admin screens show. No database.
export { roleSchema, storeIdSchema, refineRoleStore } from "./access";
export type { UserListItem, ListUsersInput } from "./queries/list-users";
export type { UserDetail, GetUserInput } from "./queries/get-user";
export type { CreateUserInput } from "./commands/create-user";
export type { ChangeUserAccessInput } from "./commands/change-user-access";
export type { SetUserActiveInput } from "./commands/set-user-active";
