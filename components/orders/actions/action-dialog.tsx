// The order actions' modal is the shared dialog primitive.
export { Dialog as ActionDialog } from "@/components/ui/dialog";
