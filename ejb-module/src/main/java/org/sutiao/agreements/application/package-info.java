/** Agreement services: drafting, the PDF, signing, performance. */
package org.sutiao.agreements.application;
