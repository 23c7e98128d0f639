// What browser code may load from the customers context: the shapes the call centre's customer
// screens show. The queries stay on the server.
export type { SearchCustomersInput, CustomerList, CustomerListItem } from "./queries/search-customers";
export type { GetCustomerDetailInput, CustomerDetail } from "./queries/get-customer-detail";
