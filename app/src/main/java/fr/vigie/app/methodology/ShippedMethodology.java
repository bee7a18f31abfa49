package fr.vigie.app.methodology;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/** Stores the shipped methodology when the application starts (once; later starts change nothing). */
@Component
class ShippedMethodology implements SmartInitializingSingleton {

    private final Methodologies methodologies;

    ShippedMethodology(Methodologies methodologies) {
        this.methodologies = methodologies;
    }

    @Override
    public void afterSingletonsInstantiated() {
        methodologies.storeShipped();
    }
}
