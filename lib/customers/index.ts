// Public face of the customers context: the call centre's customer queries.
export { searchCustomers, searchCustomersInput } from "./queries/search-customers";
export type { SearchCustomersInput, CustomerList, CustomerListItem } from "./queries/search-customers";
export { getCustomerDetail, getCustomerDetailInput } from "./queries/get-customer-detail";
export type { GetCustomerDetailInput, CustomerDetail } from "./queries/get-customer-detail";
export { customerSearchWhere, findCustomerMatches, matchCustomerIds, namePrefixQuery, phoneSuffix, looksLikePostcode, CUSTOMER_MATCH_LIMIT } from "./queries/customer-search-where";
export type { CustomerMatch } from "./queries/customer-search-where";
