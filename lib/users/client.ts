// What browser code may load from the users context: the commands' schemas and the role and store
// rules of an account (the admin forms validate with them), and the shapes the admin screens show.
// No database.
export { roleSchema, storeIdSchema, refineRoleStore } from "./access";
export type { UserListItem, ListUsersInput } from "./queries/list-users";
export type { UserDetail, GetUserInput } from "./queries/get-user";
export { createUserSchema, changeUserAccessSchema, setUserActiveSchema } from "./schemas";
export type { CreateUserInput, ChangeUserAccessInput, SetUserActiveInput } from "./schemas";
