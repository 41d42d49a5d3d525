// Entry point of the Kinerja UI.
import { mount } from "svelte";
import App from "./App.svelte";
import "./app.css";

const target = document.getElementById("app");
if (!target) throw new Error("elemen #app tidak ada");
export default mount(App, { target });
