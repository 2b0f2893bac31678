import { createApp } from 'vue';
import 'mdma-therapy-widgets';
import './names.ts';
import App from './App.vue';

createApp(App).mount('#app');
