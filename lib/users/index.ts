// Public face of the users context: accounts, roles and stores as an admin manages them.
export { listUsers, listUsersSchema } from "./queries/list-users";
export type { ListUsersInput, UserListItem } from "./queries/list-users";
export { getUser, getUserSchema } from "./queries/get-user";
export type { GetUserInput, UserDetail } from "./queries/get-user";
export { createUser, createUserSchema } from "./commands/create-user";
export type { CreateUserInput } from "./commands/create-user";
export { changeUserAccess, changeUserAccessSchema } from "./commands/change-user-access";
export type { ChangeUserAccessInput } from "./commands/change-user-access";
export { setUserActive, setUserActiveSchema } from "./commands/set-user-active";
export type { SetUserActiveInput } from "./commands/set-user-active";
